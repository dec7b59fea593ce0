import { z } from 'astro/zod';

export const ComplianceSchema = z
	.object({
		icp: z.string().min(1).optional().describe('ICP filing number (ICP备案号), e.g. "青ICP备20270421号-1"; linked to beian.miit.gov.cn.'),
		police: z
			.object({
				text: z.string().min(1).describe('The public security filing text, e.g. "青公网安备 51010702000001号".'),
				code: z
					.string()
					.regex(/^\d{6,20}$/, 'expected the digits of the filing number, such as "51010702000001"')
					.describe('The digits of the number, used in the link to beian.mps.gov.cn.'),
			})
			.strict()
			.optional()
			.describe('Public security filing (公安备案).'),
	})
	.strict()
	.default({})
	.describe('Filing numbers that sites hosted in mainland China must show in the footer.');
