'use client';

import { copySetAction, editSetAction, regradeAction } from '@/app/(teacher)/teach/sets/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';

export function EditSetButton({ setId }: { setId: string }) {
  return (
    <ActionForm action={editSetAction} className="flex flex-col gap-2">
      {({ pending }) => (
        <>
          <input type="hidden" name="setId" value={setId} />
          <Button type="submit" variant="secondary" disabled={pending}>
            Edit questions
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function CopySetButton({ setId }: { setId: string }) {
  return (
    <ActionForm action={copySetAction} className="flex flex-col gap-2">
      {({ pending }) => (
        <>
          <input type="hidden" name="setId" value={setId} />
          <Button type="submit" variant="secondary" disabled={pending}>
            Copy to your sets
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function RegradeButton({ setId, version, current }: { setId: string; version: number; current: number }) {
  return (
    <ActionForm action={regradeAction} success="Regraded: scores and review decks are updated." className="flex flex-col gap-1">
      {({ pending }) => (
        <>
          <input type="hidden" name="setId" value={setId} />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" variant="secondary" disabled={pending}>
            Regrade v{version} with v{current}’s keys
          </Button>
        </>
      )}
    </ActionForm>
  );
}
