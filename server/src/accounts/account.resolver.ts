import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from './account.entity';
import { requireViewer } from './viewer';
import type { Context } from '../context';
import { ApiKey, ApiKeyScope } from './api-key.entity';
import { CreatedApiKey, LogInInput, PreferencesInput, SignUpInput, ViewerType } from './account.types';
import type { User } from './user.entity';
import { forbidden } from '../shared/errors';

const preferencesOf = (user: User | null) => ({ excludeBots: user?.excludeBots ?? false });

@Resolver()
export class AccountResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The caller, or null when not signed in.' })
  async me(@Ctx() ctx: Context): Promise<ViewerType | null> {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    const account = await ctx.services.accounts.findAccount(viewer.accountId);
    if (!account) return null;
    if (viewer.userId) {
      const user = await ctx.services.accounts.findUser(viewer.userId);
      return user
        ? { id: user.id, email: user.email, account, apiKey: null, preferences: preferencesOf(user) }
        : null;
    }
    const keys = await ctx.services.accounts.listApiKeys(viewer.accountId);
    const apiKey = keys.find((k) => k.id === viewer.apiKeyId) ?? null;
    return { id: viewer.apiKeyId!, email: null, account, apiKey, preferences: preferencesOf(null) };
  }

  @Mutation(() => ViewerType, { description: 'Creates an account with its first user and signs in.' })
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    const { user, account } = await ctx.services.accounts.signUp(input, ctx.req.ip);
    await this.startSession(ctx, user.id);
    return { id: user.id, email: user.email, account, apiKey: null, preferences: preferencesOf(user) };
  }

  @Mutation(() => ViewerType, { description: 'Signs in with email and password, starting a new session.' })
  async logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: Context): Promise<ViewerType> {
    const user = await ctx.services.accounts.logIn(input.email, input.password, ctx.req.ip);
    const account = await ctx.services.accounts.findAccount(user.accountId);
    await this.startSession(ctx, user.id);
    return {
      id: user.id,
      email: user.email,
      account: account!,
      apiKey: null,
      preferences: preferencesOf(user),
    };
  }

  @Mutation(() => ViewerType, {
    description:
      "Changes the signed-in user's preferences (not an API key's: it has none) and answers the viewer.",
  })
  async updatePreferences(
    @Arg('input', () => PreferencesInput) input: PreferencesInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    const viewer = requireViewer(ctx);
    if (!viewer.userId) throw forbidden('Preferences belong to a signed-in person, not an API key');
    const user = await ctx.services.accounts.updatePreferences(viewer.userId, input);
    const account = await ctx.services.accounts.findAccount(user.accountId);
    return {
      id: user.id,
      email: user.email,
      account: account!,
      apiKey: null,
      preferences: preferencesOf(user),
    };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session at once.' })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    // A stale cookie is dropped even when it no longer signs anyone in.
    ctx.services.sessions.clear(ctx.req, ctx.res);
    const viewer = requireViewer(ctx);
    if (viewer.sessionId) await ctx.services.accounts.deleteSession(viewer.sessionId);
    ctx.viewer = null;
    return true;
  }

  @Query(() => [ApiKey], { description: "The account's API keys that are not revoked, newest first." })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.services.accounts.listApiKeys(requireViewer(ctx).accountId);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates an API key; its secret is returned only here.' })
  createApiKey(
    @Arg('name', () => String) name: string,
    @Arg('scope', () => ApiKeyScope, {
      defaultValue: ApiKeyScope.READ_WRITE,
      description: 'What the key may do.',
    })
    scope: ApiKeyScope,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiKey> {
    return ctx.services.accounts.createApiKey(requireViewer(ctx).accountId, name, scope);
  }

  @Mutation(() => Boolean, { description: 'Revokes an API key; requests using it fail from now on.' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.revokeApiKey(requireViewer(ctx).accountId, id);
    return true;
  }

  private async startSession(ctx: Context, userId: string): Promise<void> {
    // A fresh id at every sign-in, and the old session ends: no session fixation.
    if (ctx.viewer?.sessionId) await ctx.services.accounts.deleteSession(ctx.viewer.sessionId);
    const { token } = await ctx.services.accounts.createSession(userId);
    ctx.services.sessions.set(ctx.req, ctx.res, token);
  }
}

@Resolver(() => Account)
export class AccountFieldsResolver {
  @FieldResolver(() => String, {
    description:
      'Where this account\'s short URLs start, e.g. "https://sho.rt/": a code appended makes the link.',
  })
  shortUrlBase(@Root() _account: Account, @Ctx() ctx: Context): string {
    return ctx.services.links.shortUrl('');
  }
}
