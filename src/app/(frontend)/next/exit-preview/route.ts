import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode, so the browser sees what readers see again. */
export async function GET(): Promise<Response> {
  ;(await draftMode()).disable()
  redirect('/')
}
