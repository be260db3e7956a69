/** The uuid v5 namespace of command ids and of the ids derived from them. */
export const COMMAND_ID_NAMESPACE = '3b8d7f3e-9c61-4b8e-8f0e-6f1c2d4a5b70';
