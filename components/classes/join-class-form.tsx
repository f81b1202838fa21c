'use client';

import { joinClassAction } from '@/app/(student)/join/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export function JoinClassForm({ code }: { code?: string }) {
  return (
    <ActionForm action={joinClassAction} className="flex flex-wrap items-end gap-3">
      {({ pending, errors }) => (
        <>
          <div className="min-w-48 flex-1">
            <Field label="Class code" name="code" defaultValue={code} autoComplete="off" autoCapitalize="characters" required error={errors?.code} />
          </div>
          <Button type="submit" disabled={pending}>
            Join class
          </Button>
        </>
      )}
    </ActionForm>
  );
}
