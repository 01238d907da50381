import { Checkbox, SimpleGrid, TextInput } from '@mantine/core'
import { TARGET_GROUP_CODES, TARGET_GROUPS, type TargetGroup } from '@shared/eligibility'

interface Props {
  label: string
  value: TargetGroup[]
  onChange: (groups: TargetGroup[]) => void
  error?: React.ReactNode
  /** The reason for the group "inna", asked only when that group is ticked. */
  reason: { value: string; onChange: (reason: string) => void; error?: React.ReactNode }
}

/** The target groups of art. 1 ust. 2 as ticks, with the reason field for "inna". */
export function TargetGroupPicker({ label, value, onChange, error, reason }: Props) {
  return (
    <>
      <Checkbox.Group
        label={label}
        withAsterisk
        value={value}
        onChange={(groups) => onChange(groups as TargetGroup[])}
        error={error}
      >
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} mt={6}>
          {TARGET_GROUP_CODES.map((code) => (
            <Checkbox key={code} value={code} label={TARGET_GROUPS[code]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {value.includes('inna') && (
        <TextInput
          label="Powód (grupa „inna”)"
          withAsterisk
          value={reason.value}
          onChange={(e) => reason.onChange(e.currentTarget.value)}
          error={reason.error}
        />
      )}
    </>
  )
}
