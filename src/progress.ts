/**
 * How far a long run has got, as the API tells whoever asked (`onProgress`): the CLI draws it on a
 * terminal (src/cli/progress.ts); a program may log it or ignore it. Only counts and darien's own
 * check ids: never a file name or a draft's text, which would need escaping on the way out.
 */
export type Progress =
  | { readonly stage: 'read-registry'; readonly files: number; readonly of: number; readonly claims: number }
  | { readonly stage: 'read-drafts'; readonly drafts: number; readonly of: number }
  | { readonly stage: 'check-registry'; readonly check: string; readonly checks: number; readonly of: number; readonly claims: number }
  | { readonly stage: 'check-drafts'; readonly drafts: number; readonly of: number };

export type OnProgress = (progress: Progress) => void;
