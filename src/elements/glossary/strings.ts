/** The glossary page's wording helpers; the strings themselves live with the others in settings. */

/** "care setting" → "Care setting". */
export function categoryLabel(category: string): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}
