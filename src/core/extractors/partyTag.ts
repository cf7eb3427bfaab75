/** A party and state tag as US papers set it after a name, full stop kept: "D-Ore.", "R-S.C.". */
const PARTY_TAG = /^\p{Lu}-(?:\p{Lu}\p{Ll}{1,5}|\p{Lu}\.\p{Lu})\.$/u;

/**
 * Whether a word is a party tag, which describes the name before it and names
 * no one itself: "D-Ore." → true; "Jean-Luc" and "U.S." → false.
 */
export const isPartyTag = (text: string): boolean => text.length <= 9 && text.charCodeAt(1) === 0x2d && PARTY_TAG.test(text);
