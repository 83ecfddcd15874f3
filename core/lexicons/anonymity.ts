// Writing under a false name or an anonymous account: the post is still findable (art. 7) and
// the writer still responsible for it (art. 6). Data in the lexicon syntax of
// core/text/match.ts, read by ephemeralIllusion and hiddenIdentity.

/** Saying that one hides who one is. */
export const HIDDEN_IDENTITY: readonly string[] = [
  '(met een|onder een) (schuilnaam|nepnaam|nepaccount|andere naam)',
  'schuilnaam',
  'nepaccount',
  'anoniem account',
  'anonieme account',
  'anoniem (dus|want)',
  '(niemand|no one|nobody) (vindt|weet|kent|finds|knows) (me|mij|who i am)',
  'niemand weet dat ik (het )?ben',
  'anonymous account',
  'burner account',
  'alt account',
];
