/** Who asks to read: the signed-in user (their role, where it matters, is read by the policy). */
export interface Reader {
  readonly userId: string;
}
