import { z } from 'astro/zod';
import { expecting } from './expecting.ts';
import { webUrl } from './links.ts';

/** The git hosts the editor can save to. Gitea and Forgejo are often self-hosted by organizers in China. */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo', 'git-gateway'] as const;

const backendSchema = z
	.object({
		name: z
			.enum(CMS_BACKENDS, { error: expecting(`one of ${CMS_BACKENDS.join(', ')}`) })
			.describe('The git host: github, gitlab, gitea, forgejo or git-gateway.'),
		repo: z
			.string()
			.regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: expecting('the repository as owner/name, such as qtse/website') })
			.optional()
			.describe('The repository as owner/name (not needed for git-gateway).'),
		branch: z.string().min(1).default('main').describe('The branch the editor commits to.'),
		apiRoot: webUrl().optional().describe('API address of a self-hosted GitLab, Gitea or Forgejo, such as https://git.example.com/api/v1.'),
		baseUrl: webUrl()
			.optional()
			.describe('Address of the OAuth server that signs editors in (GitHub), or of the self-hosted GitLab/Gitea.'),
		authEndpoint: webUrl()
			.optional()
			.describe('Sign-in address of a self-hosted Gitea or Forgejo, such as https://git.example.com/login/oauth/authorize.'),
		authType: z.enum(['pkce', 'implicit']).optional().describe('GitLab and Gitea sign-in without a server of your own: pkce.'),
		appId: z.string().min(1).optional().describe('The OAuth application id, for pkce or implicit sign-in.'),
	})
	.strict()
	.refine((backend) => backend.name === 'git-gateway' || backend.repo !== undefined, {
		path: ['repo'],
		error: expecting('the repository as owner/name, such as qtse/website'),
	});

export const CmsSchema = z
	.union([
		z.literal(false),
		z.literal(true),
		z
			.object({
				backend: backendSchema
					.optional()
					.describe("Where the editor saves: a git host. Without one, /admin/ edits this machine's files through `decap-server` only."),
				articlesFolder: z
					.string()
					.regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, { error: expecting('a folder inside the project, such as site/articles') })
					.default('site/articles')
					.describe('Folder of the articles from the project root, as given to articlesLoader({ base }).'),
				mediaFolder: z
					.string()
					.regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, { error: expecting('a folder inside the project, such as site/images/uploads') })
					.default('site/images/uploads')
					.describe('Folder, from the project root, where images uploaded in the editor are saved.'),
			})
			.strict(),
	])
	.default(false)
	.transform((cms) =>
		cms === false ? false : cms === true ? { articlesFolder: 'site/articles', mediaFolder: 'site/images/uploads' } : cms,
	)
	.describe(
		'A browser editor at /admin/ (Decap CMS, served from the site) for staff who do not use git: true edits files on this machine with `pnpm cms`; { backend: { name: "gitea", repo: "qtse/website", apiRoot: "https://git.example.com/api/v1" } } saves to a git host. Needs the decap-cms package.',
	);

export type CmsConfig = Exclude<z.output<typeof CmsSchema>, false>;
