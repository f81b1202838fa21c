import { csvResponse } from '@/lib/results/csv-response';
import { responsesCsv } from '@/lib/results/export-results';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return csvResponse((await params).id, 'responses', responsesCsv);
}
