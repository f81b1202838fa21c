'use client';

import { startAssignmentAction } from '@/app/(student)/assignments/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';

export function StartAssignmentButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  return (
    <ActionForm action={startAssignmentAction}>
      {({ pending }) => (
        <>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <Button type="submit" disabled={pending} className="self-start">
            {label}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
