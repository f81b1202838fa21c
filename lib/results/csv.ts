// The CSV writer lives with the interchange formats (questions/ is pure and may not import lib/);
// results exports keep importing it from here.
export { csvField, toCsv } from '@/questions/interchange/csv';
