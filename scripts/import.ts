// `pnpm run import …`: the importer's command line, from the theme (packages/pavilion/importer/cli.ts).
import '../packages/pavilion/importer/cli.ts';
