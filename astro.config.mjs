// @ts-check
/**
 * The course site: Starlight (sidebar, Pagefind search, light/dark themes, i18n) around our own
 * lesson pages. Lesson MDX goes through Astro 7's Sätteri pipeline with our hast plugin first, so
 * every runnable block gets its Run button and build-time output before Expressive Code styles it.
 */
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { lessonBlocksPlugin } from './src/course/lesson-blocks-plugin.ts';
import { courseSidebar } from './src/course/sidebar.ts';

const lessonsDir = fileURLToPath(new URL('./content/lessons/', import.meta.url));

export default defineConfig({
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [lessonBlocksPlugin({ lessonsDir })] }),
  },
  integrations: [
    starlight({
      title: 'Dockernet Academy',
      description: 'Learn Docker networking by doing it, on a simulated Docker host in your browser.',
      favicon: '/favicon.svg',
      // English first; Turkish (tr) and Chinese (zh-CN) join here with their own dictionaries
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' } },
      sidebar: courseSidebar(),
      customCss: ['./src/course/site.css'],
      components: {
        Sidebar: './src/components/starlight/Sidebar.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
      },
      // our own 404 page links back into the course
      disable404Route: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
      lastUpdated: false,
      credits: false,
    }),
  ],
});
