/** The end of `pictory-jsx --help`: examples, the environment and the exit codes, in one place. */
export const HELP_AFTER = `
Examples:
  $ pictory-jsx init my-videos                       start a project
  $ pictory-jsx dev videos/launch.tsx                the live studio in your browser (no account)
  $ pictory-jsx estimate videos/launch.tsx           what it will cost, before anything is sent
  $ pictory-jsx render videos/launch.tsx             a free local draft (no account), or the real video
  $ pictory-jsx render promo.tsx --data rows.csv --only 'promo-*' --max-credits 50
  $ pictory-jsx compile 'videos/*.tsx' --strict      CI: fail on any error or warning
  $ pictory-jsx render promo.tsx --queue redis://127.0.0.1:6379   queue for \`pictory-jsx worker\`s

Environment (also read from a .env file in the current folder):
  PICTORY_API_KEY         your API key: renders for real and spends credits
  PICTORY_CLIENT_ID       with PICTORY_CLIENT_SECRET: the older token sign-in
  PICTORY_CLIENT_SECRET
  PICTORY_API_URL         another API address (default https://api.pictory.ai/pictoryapis)
  PICTORY_FFMPEG          the ffmpeg binary for draft videos (default: the bundled one, then PATH)
  NO_COLOR                plain output
  With no credentials, render uses the embedded emulator: free drafts, no credits spent.

Exit codes:
  0   success
  1   invalid input: diagnostics printed, nothing sent
  2   a job failed, timed out, or may exist (the message says what to check)
  3   a video was rendered (and paid for) but could not be saved: its URL is printed; a re-run downloads it
  70  an internal error (please report it)
  130 interrupted (Ctrl-C)
`;
