import { describe, expect, it } from 'vitest'
import { dataLocationWarning } from './data-location'

const local = { APPDATA: 'C:\\Users\\akowalska\\AppData\\Roaming' }

describe('dataLocationWarning', () => {
  it('says nothing for a local disk or the default folder on a computer outside a domain', () => {
    expect(dataLocationWarning('C:\\KIS\\kis.sqlite', local)).toBeNull()
    expect(
      dataLocationWarning('C:\\Users\\akowalska\\AppData\\Roaming\\KIS i PSU\\kis.sqlite', local),
    ).toBeNull()
    expect(dataLocationWarning('/home/akowalska/.config/KIS i PSU/kis.sqlite', {})).toBeNull()
    expect(dataLocationWarning('\\\\?\\C:\\KIS\\kis.sqlite', local)).toBeNull()
  })

  it('warns about a network share, however the path is written, naming the server', () => {
    for (const path of [
      '\\\\serwer-ops\\dane\\KIS\\kis.sqlite',
      '//serwer-ops/dane/KIS/kis.sqlite',
      '\\\\?\\UNC\\serwer-ops\\dane\\kis.sqlite',
    ]) {
      expect(dataLocationWarning(path, local), path).toMatch(
        /^Plik bazy leży w folderze sieciowym \(\\\\serwer-ops\\dane\)\. .*dysku lokalnym/,
      )
    }
  })

  it('warns about a drive letter that is the home folder on a server', () => {
    const env = { ...local, HOMEDRIVE: 'H:', HOMESHARE: '\\\\serwer-ops\\domowe$\\akowalska' }
    expect(dataLocationWarning('h:\\KIS\\kis.sqlite', env)).toMatch(
      /na dysku H:, który jest folderem domowym na serwerze/,
    )
    expect(dataLocationWarning('C:\\KIS\\kis.sqlite', env)).toBeNull()
  })

  it('warns about folders a cloud client syncs', () => {
    expect(dataLocationWarning('C:\\Users\\a\\OneDrive - Gmina Zgierz\\KIS\\kis.sqlite', local)).toMatch(
      /synchronizowanym z chmurą \(OneDrive - Gmina Zgierz\)/,
    )
    expect(dataLocationWarning('D:\\Dropbox\\kis.sqlite', local)).toMatch(/\(Dropbox\)/)
    expect(dataLocationWarning('D:\\Dokumenty\\kis.sqlite', { OneDrive: 'D:\\Dokumenty' })).toMatch(
      /synchronizowanym z chmurą \(OneDrive\)/,
    )
  })

  it('warns that the default folder may roam for an account in a domain', () => {
    const domain = { ...local, USERDNSDOMAIN: 'OPS.ZGIERZ.LOCAL' }
    const file = 'C:\\Users\\akowalska\\AppData\\Roaming\\KIS i PSU\\kis.sqlite'
    expect(dataLocationWarning(file, domain)).toMatch(
      /profilu użytkownika domeny OPS\.ZGIERZ\.LOCAL .*profile mobilne/,
    )
    expect(dataLocationWarning('C:\\KIS\\kis.sqlite', domain)).toBeNull()
  })
})
