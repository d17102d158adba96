import type { QualificationForm } from '../../../core/plans.ts';
import { api } from '../../api.ts';
import type { TArea, TReferenceGroupMember } from '../../types.ts';

type AreaPatch = Partial<{
  title: string;
  code: string;
  qualification: QualificationForm;
  referenceGroup: TReferenceGroupMember[];
}>;

/** PUT /plan-areas/:id takes the whole area; this sends what is unchanged along with the patch. */
export function saveArea(area: TArea, patch: AreaPatch): Promise<TArea> {
  return api.put<TArea>(`/plan-areas/${area.id}`, {
    title: area.title,
    code: area.code,
    qualification: area.qualification,
    referenceGroup: area.referenceGroup,
    version: area.version,
    ...patch,
  });
}
