/**
 * The long article bodies the save figures send, built with the seed's Lexical builders so
 * they are exactly what the admin's editor saves.
 */
import { doc, paragraph, tag } from '../../src/seed/lexical'
import type { DocumentId as Id } from '../../src/utilities/documentId'

const tagOf = (characterId: Id, words: string) => ({ ...tag('bench', words), characterId })

/** 100 paragraphs of about 100 words, one tag each: the 10,000-word save. */
export const tenThousandWordBody = (characterIds: Id[]) => {
  const words =
    'the finale turns on a quiet scene where everything we knew about the family shifts'.split(' ')
  return doc(
    ...Array.from({ length: 100 }, (_, p) =>
      paragraph(
        `${Array.from({ length: 95 }, (__, i) => words[(p + i) % words.length]).join(' ')} `,
        tagOf(characterIds[p % characterIds.length]!, 'Someone'),
        ` ${words.slice(0, 4).join(' ')}.`,
      ),
    ),
  )
}

const FILLER = 'the night market was quiet until someone at the far stall called out'.split(' ')

/** 200 paragraphs of about 100 words with 15 tags each: 20,000 words and 3,000 tags. */
export const longTaggedBody = (characterIds: Id[]) =>
  doc(
    ...Array.from({ length: 200 }, (_, p) =>
      paragraph(
        ...Array.from({ length: 15 }, (__, t) => [
          ` ${Array.from({ length: 6 }, (___, w) => FILLER[(p + t + w) % FILLER.length]).join(' ')} `,
          tagOf(characterIds[(p + t) % characterIds.length]!, 'Danny'),
        ]).flat(),
        ' and so the evening ended.',
      ),
    ),
  )

/** One paragraph tagging one character by name: the publish-to-visible probe's body. */
export const probeBody = (characterId: Id, name: string) => doc(paragraph(tagOf(characterId, name)))
