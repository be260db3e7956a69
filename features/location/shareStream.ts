import { LOCATION_SHARE_CATEGORY, locationShareId } from '../../domain/location/index.js';
import { streamName } from '../../infra/eventStore/index.js';

/** `locationShare-<conversationId>-<userId>`: one user's shares with one conversation. */
export const shareStream = (conversationId: string, userId: string) =>
  streamName(LOCATION_SHARE_CATEGORY, locationShareId(conversationId, userId));
