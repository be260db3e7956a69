import {
  blockPersonalFields,
  conversationPersonalFields,
  messagePersonalFields,
  receiptPersonalFields,
} from '../../domain/conversation/index.js';
import { defineModule } from '../FeatureModule.js';
import { blockRoutes } from './blockRoutes.js';
import { conversationFeedSource, messageFeedSource, messagingProjection } from './conversationList/index.js';
import { conversationRoutes } from './conversationRoutes.js';
import { messageRoutes } from './messageRoutes.js';
import { messagingQueryRoutes } from './messagingQueryRoutes.js';
import { messagingSettings } from './messagingSettings.js';
import { messagePushProjection, messagePushWorker } from './messagePush/index.js';

/**
 * Conversations and messages (issue 13): direct and group chats, receipts, blocks; see
 * docs/messaging.md. Pushes for messages not acknowledged in time: docs/messaging-push.md.
 */
export const messagingModule = defineModule({
  name: 'messaging',
  settings: messagingSettings,
  personalFields: [
    conversationPersonalFields,
    messagePersonalFields,
    receiptPersonalFields,
    blockPersonalFields,
  ],
  commands: ({ deps, registry, settings }) => ({
    routes: [
      {
        path: '/v1/conversations',
        handlers: [
          conversationRoutes(deps, registry),
          messageRoutes(deps, registry, { maxLength: settings.MESSAGE_MAX_LENGTH }),
        ],
      },
      { path: '/v1/me/blocks', handlers: [blockRoutes(deps, registry)] },
    ],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/conversations', handlers: [messagingQueryRoutes(deps, registry)] }],
  }),
  projections: [messagingProjection, messagePushProjection],
  workers: [messagePushWorker],
  feedSources: [conversationFeedSource, messageFeedSource],
});
