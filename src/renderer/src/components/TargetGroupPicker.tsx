import { Checkbox, SimpleGrid, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { TARGET_GROUP_CODES, TARGET_GROUPS, type TargetGroup } from '@shared/eligibility'

interface GroupFields {
  targetGroups: TargetGroup[]
  otherGroupReason: string
}

/** The target groups of art. 1 ust. 2 as ticks, with the reason field asked only for "inna". */
export function TargetGroupPicker<T extends GroupFields>({
  label,
  form,
}: {
  label: string
  form: UseFormReturnType<T>
}) {
  // The form's own field helpers, typed for the two fields every form with groups has.
  const groups = form as unknown as UseFormReturnType<GroupFields>
  return (
    <>
      <Checkbox.Group label={label} withAsterisk {...groups.getInputProps('targetGroups')}>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} mt={6}>
          {TARGET_GROUP_CODES.map((code) => (
            <Checkbox key={code} value={code} label={TARGET_GROUPS[code]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {groups.values.targetGroups.includes('inna') && (
        <TextInput label="Powód (grupa „inna”)" withAsterisk {...groups.getInputProps('otherGroupReason')} />
      )}
    </>
  )
}
