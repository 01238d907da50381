// The packaged app's own Polish menu: editing and zoom for keyboard users, nothing that reloads the
// page (a half-filled form would be lost) or opens DevTools (they would show personal data and let
// anyone run code in the renderer). In development Electron's default menu stays.
import { Menu, type MenuItemConstructorOptions } from 'electron'

export const PRODUCTION_MENU: MenuItemConstructorOptions[] = [
  { label: 'Plik', submenu: [{ role: 'quit', label: 'Zakończ' }] },
  {
    label: 'Edycja',
    submenu: [
      { role: 'undo', label: 'Cofnij' },
      { role: 'redo', label: 'Ponów' },
      { type: 'separator' },
      { role: 'cut', label: 'Wytnij' },
      { role: 'copy', label: 'Kopiuj' },
      { role: 'paste', label: 'Wklej' },
      { role: 'selectAll', label: 'Zaznacz wszystko' },
    ],
  },
  {
    label: 'Widok',
    submenu: [
      { role: 'zoomIn', label: 'Powiększ' },
      { role: 'zoomOut', label: 'Pomniejsz' },
      { role: 'resetZoom', label: 'Rzeczywisty rozmiar' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Pełny ekran' },
    ],
  },
]

export function installAppMenu(packaged: boolean): void {
  if (packaged) Menu.setApplicationMenu(Menu.buildFromTemplate(PRODUCTION_MENU))
}
