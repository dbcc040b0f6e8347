/**
 * The one-paragraph story of Examples 1 and 2 in seeds 001 (AI video backgrounds) and 004 (AI image
 * backgrounds), verbatim. Eight sentences: with `splitSentences` Pictory makes eight scenes of it, and
 * generates one AI visual for each.
 */
export const CREATOR_STORY =
  'Every day, millions of content creators, educators, and marketers face the same challenge. ' +
  'They need professional-quality videos but do not have a production team. ' +
  'Hours are spent searching stock libraries for footage that almost fits. ' +
  'Days are lost waiting for design assets. ' +
  'AI-powered video creation changes everything. ' +
  'With a simple text prompt, you can generate custom visuals tailored to your exact narrative. ' +
  'No more settling for generic stock footage. ' +
  'Whether you are building an online course, launching a campaign, or growing your social media presence, ' +
  'AI visuals give you the power to create stunning content in minutes.';
