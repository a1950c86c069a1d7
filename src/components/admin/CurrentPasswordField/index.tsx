'use client'

import { PasswordField } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

type PasswordFieldProps = ComponentProps<typeof PasswordField>

/** Empty is fine here: the server asks for it only when a password or e-mail changes. */
const leaveToTheServer = () => true as const

/**
 * The account form's "Your current password", with the browser's password-manager hints.
 * Payload's PasswordField would otherwise validate it as a required new password, so every
 * save of the form, a name change too, would need it.
 */
export const CurrentPasswordField = (props: PasswordFieldProps) => (
  <PasswordField {...props} autoComplete="current-password" validate={leaveToTheServer} />
)
