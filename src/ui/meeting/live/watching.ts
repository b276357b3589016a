/**
 * What a connection to the meeting's live session says about itself when it follows the check-in
 * round without taking part in it: a side panel, whether it shows the round's card or Planning.
 * Only the connections that do not say so are the round's participants (`joinLiveRound`): counted
 * on the stage ("N participants", "1 of N voted") and kept in the meeting for the round's record.
 * Said from the connection's first presence on, and with everything it publishes after.
 */
export interface Watching {
  readonly watching?: true;
}

export const watching = { watching: true } as const satisfies Watching;
