'use client';

import { archiveClassAction, createClassAction, deleteClassAction, regenerateCodeAction, removeStudentAction, renameClassAction } from '@/app/(teacher)/teach/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export function CreateClassForm() {
  return (
    <ActionForm action={createClassAction} className="flex flex-wrap items-end gap-3">
      {({ pending, errors }) => (
        <>
          <div className="min-w-60 flex-1">
            <Field label="New class name" name="name" placeholder="e.g. 10B Current affairs" required error={errors?.name} />
          </div>
          <Button type="submit" disabled={pending}>
            Create class
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  return (
    <ActionForm action={renameClassAction} success="Renamed." className="flex flex-wrap items-end gap-3">
      {({ pending, errors }) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <div className="min-w-60 flex-1">
            <Field label="Class name" name="name" defaultValue={name} required error={errors?.name} />
          </div>
          <Button type="submit" variant="secondary" disabled={pending}>
            Rename
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function RegenerateCodeForm({ classId }: { classId: string }) {
  return (
    <ActionForm action={regenerateCodeAction} success="New code issued; the old code and link no longer work." className="flex flex-col gap-2">
      {({ pending }) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <Button type="submit" variant="secondary" disabled={pending} className="self-start">
            New code and link
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function ArchiveClassForm({ classId, archived }: { classId: string; archived: boolean }) {
  return (
    <ActionForm action={archiveClassAction}>
      {({ pending }) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="archived" value={archived ? 'false' : 'true'} />
          <Button type="submit" variant="secondary" disabled={pending} className="self-start">
            {archived ? 'Restore class' : 'Archive class'}
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function RemoveStudentForm({ classId, studentId, name }: { classId: string; studentId: string; name: string }) {
  return (
    <ActionForm action={removeStudentAction} className="inline">
      {({ pending }) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="studentId" value={studentId} />
          <Button type="submit" variant="ghost" disabled={pending} aria-label={`Remove ${name} from the class`}>
            Remove
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteClassForm({ classId, name }: { classId: string; name: string }) {
  return (
    <ActionForm action={deleteClassAction}>
      {({ pending, errors }) => (
        <>
          <input type="hidden" name="classId" value={classId} />
          <p className="text-sm">This deletes the class, its roster, its assignments and their results. It cannot be undone.</p>
          <Field label={`Type “${name}” to confirm`} name="confirmName" autoComplete="off" error={errors?.confirmName} />
          <Button type="submit" disabled={pending} className="self-start bg-red-700 hover:bg-red-800">
            Delete class
          </Button>
        </>
      )}
    </ActionForm>
  );
}
