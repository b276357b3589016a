import { authorize } from './auth';
import { itemNotFound } from './errors';
import { json, type GraphResponse, type HandlerContext } from './graph-request';
import { metadataUrl, renderUser } from './resources';

/** `/me` and `/users/{id | userPrincipalName}`. Reading another user needs User.ReadBasic.All or more. */
export function getMe(context: HandlerContext): GraphResponse {
  authorize(context.caller, 'user.self');
  return json(200, {
    '@odata.context': metadataUrl(context.env, 'users/$entity'),
    ...renderUser(context.user),
  });
}

export function getUser(context: HandlerContext, idOrUpn: string): GraphResponse {
  const key = idOrUpn.toLowerCase();
  const isSelf =
    key === context.user.id.toLowerCase() || key === context.user.userPrincipalName.toLowerCase();
  authorize(context.caller, isSelf ? 'user.self' : 'user.any');
  const user = context.env
    .users()
    .find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
  if (!user)
    throw itemNotFound(
      `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`,
    );
  return json(200, {
    '@odata.context': metadataUrl(context.env, 'users/$entity'),
    ...renderUser(user),
  });
}
