import { useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { Alert, Button, Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import type { PayoutSources, RateChangePreview } from '@shared/payouts.schema'
import { notifyError, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { zlotyToGrosze } from './payout-ui'
import { RateChangeEffects } from './RateChangeEffects'

type Target = 'porozumienie' | 'minimalna'

/**
 * What a rate change would do to lists already computed — which people, old and new amounts — before
 * anyone saves it. The change itself is saved where the rate lives (the porozumienie, the minimum table).
 */
export function RatePreviewModal({ sources, onClose }: { sources: PayoutSources; onClose: () => void }) {
  const [target, setTarget] = useState<Target>('porozumienie')
  const [porozumienieId, setPorozumienieId] = useState<number | null>(sources.porozumienia[0]?.id ?? null)
  const [validFrom, setValidFrom] = useState('')
  const [rate, setRate] = useState<number | string>('')
  const [preview, setPreview] = useState<RateChangePreview | null>(null)
  const porozumienie = sources.porozumienia.find((p) => p.id === porozumienieId) ?? null
  const current = target === 'porozumienie' ? (porozumienie?.rates ?? []) : sources.minimumRates

  async function show() {
    const rateGr = zlotyToGrosze(rate)
    const proposed = [
      ...current
        .filter((r) => r.validFrom !== validFrom)
        .map(({ validFrom, rateGr }) => ({ validFrom, rateGr })),
      { validFrom, rateGr: rateGr ?? 0 },
    ].sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    try {
      setPreview(
        await unwrap(
          window.api.payouts.preview(
            target === 'porozumienie'
              ? { target, porozumienieId: porozumienieId ?? 0, rates: proposed }
              : { target, rates: proposed },
          ),
        ),
      )
    } catch (error) {
      setPreview(null)
      notifyError(error)
    }
  }

  return (
    <AppModal opened onClose={onClose} title="Podgląd zmiany stawki" size="min(1000px, 96vw)">
      <Stack>
        <SegmentedControl
          data={[
            { value: 'porozumienie', label: 'Stawka porozumienia' },
            { value: 'minimalna', label: 'Stawka minimalna (refundacja)' },
          ]}
          value={target}
          onChange={(v) => {
            setTarget(v as Target)
            setPreview(null)
          }}
        />
        <Group align="end">
          {target === 'porozumienie' && (
            <Select
              label="Porozumienie"
              data={sources.porozumienia.map((p) => ({ value: String(p.id), label: p.number }))}
              value={porozumienieId === null ? null : String(porozumienieId)}
              onChange={(v) => setPorozumienieId(v ? Number(v) : null)}
              allowDeselect={false}
              w={200}
            />
          )}
          <PolishDateInput
            label="Obowiązuje od"
            value={validFrom}
            onChange={setValidFrom}
            w={160}
            data-autofocus
          />
          <NumberInput
            label="Stawka za godzinę (zł)"
            value={rate}
            onChange={setRate}
            decimalScale={2}
            decimalSeparator=","
            w={180}
          />
          <Button onClick={() => void show()} disabled={!validFrom || rate === ''}>
            Pokaż skutki
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Obecnie:{' '}
          {current
            .map((r) => {
              const confidence = 'source' in r && 'confidence' in r ? ` [${r.confidence}] ${r.source}` : ''
              return `od ${formatDate(r.validFrom)} ${formatGrosze(r.rateGr)}${confidence}`
            })
            .join('; ') || 'brak stawek'}
        </Text>
        {preview && preview.lists.length === 0 && (
          <Alert color="teal">
            Zmiana nie wpływa na żadną z {preview.checkedLists} policzonych list — można ją zapisać bez
            przeliczania.
          </Alert>
        )}
        {preview && preview.lists.length > 0 && (
          <>
            <Alert color="orange" title="Zmiana wpłynie na policzone listy">
              Po zapisaniu zmiany listy-projekty trzeba przeliczyć, a zatwierdzone — anulować z podaniem
              powodu i policzyć od nowa. Zatwierdzona lista nigdy nie zmienia się sama.
            </Alert>
            <RateChangeEffects lists={preview.lists} />
          </>
        )}
        <Text size="xs" c="dimmed">
          Podgląd niczego nie zapisuje. Stawkę porozumienia zmienia się w module PSU (porozumienie), stawki
          minimalne — w ich tabeli.
        </Text>
      </Stack>
    </AppModal>
  )
}
