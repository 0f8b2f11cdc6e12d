export const UUID_PLACEHOLDER = 'e.g. 4001767e-ce0f-4cae-9d5f-0d5e636e7809';

/** Derived operations of the Messaging API that come with its own issue, not with this node yet. */
export const LATER = 'not offered yet: comes with the rest of the messaging API';
