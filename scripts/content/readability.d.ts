export function readingGrade(text: string): number;
export const MEDIAN_GRADE_TARGET: number;
export const MAX_GRADE: number;
