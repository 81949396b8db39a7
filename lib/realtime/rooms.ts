// Socket.IO rooms. Every socket of a person is in their user room; a socket is in a channel's
// room while it may receive that channel's messages. With the Redis adapter these names are
// shared by every server process.
export const userRoom = (userId: string) => `user:${userId}`;
export const channelRoom = (channelId: string) => `channel:${channelId}`;
export const isChannelRoom = (room: string) => room.startsWith("channel:");
export const channelIdOfRoom = (room: string) => room.slice("channel:".length);
