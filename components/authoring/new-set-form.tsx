'use client';

import { createSetAction } from '@/app/(teacher)/teach/sets/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ArticleFields, DraftingProgress } from './article-fields';

export function NewSetForm() {
  return (
    <ActionForm action={createSetAction} className="flex flex-col gap-5">
      {({ pending, errors }) => (
        <>
          <Field label="Set title (optional)" name="setTitle" error={errors?.setTitle} hint="Defaults to the article’s headline; you can change it later." disabled={pending} />
          <ArticleFields errors={errors} pending={pending} />
          {pending ? <DraftingProgress /> : null}
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? 'Drafting…' : 'Draft questions'}
            </Button>
          </div>
        </>
      )}
    </ActionForm>
  );
}
