// The only door to the generated protobuf code: other folders import from here.
import { mobile } from './generated/mobile.js';
import type { google } from './generated/mobile.js';

export const FeedPage = mobile.v1.FeedPage;
export const Change = mobile.v1.Change;
export const ConversationBody = mobile.v1.Conversation;
export const ChatMessageBody = mobile.v1.ChatMessage;
export type FeedPageMessage = mobile.v1.FeedPage;
export type FeedPageProperties = mobile.v1.FeedPage.$Properties;
export type ChangeProperties = mobile.v1.Change.$Properties;
export type ProfileProperties = mobile.v1.Profile.$Properties;
export type DeviceProperties = mobile.v1.Device.$Properties;
export type StructProperties = google.protobuf.Struct.$Properties;
export type ValueProperties = google.protobuf.Value.$Properties;
export const MutationBatch = mobile.v1.MutationBatch;
export const MutationOp = mobile.v1.Mutation.Op;
export const MutationResponse = mobile.v1.MutationResponse;
export type MutationBatchProperties = mobile.v1.MutationBatch.$Properties;
export type MutationResponseProperties = mobile.v1.MutationResponse.$Properties;
export { toStruct, fromStruct } from './struct.js';
export { feedPageToJson } from './feedPageToJson.js';
export const ClientFrame = mobile.v1.ClientFrame;
export const ServerFrame = mobile.v1.ServerFrame;
export type ClientFrameMessage = mobile.v1.ClientFrame;
export type ServerFrameProperties = mobile.v1.ServerFrame.$Properties;
