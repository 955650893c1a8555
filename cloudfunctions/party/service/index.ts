/** The service half's handlers (activities, check-in, 微心愿, points): see types/api/party-service.ts. */
export const SERVICE_HANDLERS = {};
