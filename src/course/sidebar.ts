/**
 * The Starlight sidebar: the course map and playground first, then one group per module with
 * its lessons in course order. Each lesson link carries data-lesson so the progress script can
 * tick the lessons a learner has done.
 */
import { byModule, lessonPath, MODULE_IDS, type ModuleId } from './catalogue.ts';
import { readLessonFiles } from './lesson-files.ts';
import { strings } from '../i18n/strings.ts';

interface SidebarLink {
  label: string;
  link: string;
  attrs?: Record<string, string>;
}
interface SidebarGroup {
  label: string;
  items: SidebarLink[];
}

export function courseSidebar(base = '/'): (SidebarLink | SidebarGroup)[] {
  const t = strings('en');
  const lessons = readLessonFiles().map((f) => ({
    slug: f.slug,
    title: String(f.frontmatter.title ?? f.slug),
    module: (MODULE_IDS as readonly string[]).includes(String(f.frontmatter.module)) ? (f.frontmatter.module as ModuleId) : 'beyond',
    order: Number(f.frontmatter.order ?? 99),
  }));
  return [
    { label: t['nav.map'], link: `${base.replace(/\/?$/, '/')}course/` },
    { label: t['nav.playground'], link: `${base.replace(/\/?$/, '/')}playground/` },
    ...byModule(lessons).map(({ module, lessons: ls }) => ({
      label: t[`module.${module}`],
      items: ls.map((l) => ({ label: `${l.order}. ${l.title}`, link: lessonPath(base, l.slug), attrs: { 'data-lesson': l.slug } })),
    })),
  ];
}
