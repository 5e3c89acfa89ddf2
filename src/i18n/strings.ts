/**
 * Interface strings of the course site (not lesson content), English first. Another language
 * adds a partial dictionary to DICTIONARIES; missing keys fall back to English, so a half-done
 * translation never shows a blank. Starlight translates its own chrome (search, theme, sidebar);
 * these are the strings of our components. `{name}` placeholders are filled by `format`.
 */
const en = {
  'site.title': 'Dockernet Academy',
  'site.tagline': 'Learn Docker networking by doing it, on a simulated Docker host in your browser.',
  'nav.map': 'Course map',
  'nav.playground': 'Playground',

  'module.foundations': 'Foundations',
  'module.single-host': 'Single-host networking',
  'module.multi-host': 'Multi-host networking',
  'module.beyond': 'Beyond Docker',
  'module.foundations.blurb': 'What the Container Network Model is and the Linux pieces every driver is built from.',
  'module.single-host.blurb': 'Bridge, host, none, macvlan and ipvlan networks, ports, names and DNS on one Docker host.',
  'module.multi-host.blurb': 'VXLAN, swarm overlays, encryption and Windows: networks that span several hosts.',
  'module.beyond.blurb': 'Kubernetes networking, tunnels, and a method for troubleshooting any of it.',

  'home.start': 'Start the course',
  'home.map': 'See the course map',
  'home.playground': 'Open the playground',
  'home.playground.blurb': 'A fresh simulated host with nothing to follow: try any command.',
  'home.what.title': 'What this course is',
  'home.what.body':
    'Eighteen lessons on Docker networking, from the Container Network Model to troubleshooting, written for the networking domain of the Docker Certified Associate (DCA) exam. Every lesson sits beside a terminal on a simulated Docker Engine 20.10 host that runs in your browser: no install, no account, nothing sent anywhere.',
  'home.how.title': 'How a lesson works',
  'home.how.read': 'Read the text on the left; the terminal and a live diagram of the host are on the right.',
  'home.how.run': 'Press Run under a command to type it into the terminal, or type your own.',
  'home.how.watch': 'Watch the diagram: bridges, veth pairs and containers appear as you create them, and pings animate hop by hop.',
  'home.how.check': 'Answer the questions at the end, then mark the lesson as done.',
  'home.continue.title': 'Continue where you left off',
  'home.continue.none': 'You have not opened a lesson yet. Start with the first one.',
  'home.continue.last': 'You were reading {title}.',
  'home.continue.next': 'Next up: {title}.',
  'home.continue.done': 'You have done every lesson. Well done: the playground is yours.',
  'home.modules.title': 'Where to start',
  'home.modules.body': 'New to container networking? Start at lesson 1. Already at ease with bridges and ports? Jump to a module.',

  'map.title': 'Course map',
  'map.description': 'Every lesson of the course by module, with your progress.',
  'map.intro': 'Four modules, eighteen lessons. Ticks show what you have marked as done in this browser.',
  'map.minutes': '{n} min',
  'map.dca': 'DCA objectives',
  'map.done': 'Done',
  'map.notDone': 'Not done',
  'map.summary': '{done} of {total} lessons done',

  'progress.title': 'Your progress',
  'progress.note': 'Progress lives only in this browser. Export it to keep a copy or move it to another browser.',
  'progress.export': 'Export progress',
  'progress.import': 'Import progress',
  'progress.reset': 'Forget progress',
  'progress.resetConfirm': 'Forget which lessons you have done? The terminals keep their hosts.',
  'progress.imported': 'Imported: {n} lessons marked as done.',
  'progress.importFailed': 'That file is not a Dockernet Academy progress file: {reason}',
  'progress.cleared': 'Progress forgotten.',

  'lesson.module': 'Module',
  'lesson.minutes': 'About {n} minutes',
  'lesson.time': 'Time',
  'lesson.dca': 'DCA objectives',
  'lesson.prerequisites': 'Read first',
  'lesson.objectives': 'After this lesson you can',
  'lesson.markDone': 'Mark as done',
  'lesson.doneStatus': 'You marked this lesson as done.',
  'lesson.notDoneStatus': 'Not marked as done yet.',
  'lesson.resize': 'Resize the text and terminal panes',
  'lesson.terminalLabel': 'Terminal on docker-host',
  'lesson.backToText': 'Back to the text',
  'lesson.toTerminal': 'Go to the terminal',

  'block.run': 'Run',
  'block.runHint': 'Types the command into the terminal',
  'block.expectError': 'This one is meant to fail: read the error.',
  'block.output': 'Output',
  'block.outputNote': 'what the simulated host printed when this page was built',

  'question.check': 'Check answer',
  'question.correct': 'Correct.',
  'question.incorrect': 'Not quite.',
  'question.pick': 'Choose an answer first.',
  'question.multi': 'Choose all that apply.',
  'question.explanation': 'Explanation',

  'topology.title': 'Topology',
  'topology.figure': 'Topology diagram (scrolls when larger than its box)',
  'topology.show': 'Show diagram',
  'topology.hide': 'Hide diagram',
  'topology.describe': 'Describe as text',
  'topology.hideText': 'Hide text description',
  'topology.empty': 'Waiting for the terminal…',

  'describe.host': 'Host {name}',
  'describe.nics': 'Host interfaces',
  'describe.networks': 'Networks',
  'describe.containers': 'Containers',
  'describe.ports': 'Published ports',
  'describe.none': 'none',
  'describe.nic': '{name}: {addresses}',
  'describe.vlan': '{name}: VLAN {id} sub-interface of {parent}',
  'describe.bridge': '{name} ({driver} driver) on Linux bridge {bridge}, subnet {subnet}, gateway {gateway}{internal}',
  'describe.plainBridge': 'Linux bridge {bridge}, not managed by Docker{ports}',
  'describe.lower': '{name} ({driver} driver, mode {mode}) on parent interface {parent}, subnet {subnet}',
  'describe.internal': ', internal (no way out)',
  'describe.members': 'Attached: {list}',
  'describe.noMembers': 'No container attached',
  'describe.container': '{name} ({image}, {state}): {detail}',
  'describe.attachment': '{ifName} {address} on {network}',
  'describe.hostMode': 'uses the host network stack directly',
  'describe.noneMode': 'network none, loopback only',
  'describe.containerMode': "shares the network namespace of {other}",
  'describe.noNetworks': 'not attached to any network',
  'describe.running': 'running',
  'describe.stopped': 'stopped',
  'describe.port': '{hostIp}:{hostPort} on the host goes to {container} port {containerPort}/{proto}',

  'packet.delivered': '{proto} from {from} to {to}: delivered ({hops} hops).',
  'packet.dropped': '{proto} from {from} to {to}: dropped at {at}. {reason} ({detail})',
  'packet.unresolved': '{from}: the name {name} did not resolve, so no packet was sent.',
  'drop.isolated': 'The two sides are on different bridge networks, and Docker isolates bridges from each other.',
  'drop.internal': 'The network is internal: nothing may leave its subnet.',
  'drop.no-route': 'The host has no route to the destination.',
  'drop.no-route-from-sender': 'The sender has no route to the destination.',
  'drop.firewall': 'A firewall rule dropped it.',
  'drop.no-host': 'Nothing answers at that address.',
  'drop.no-forwarding': 'IP forwarding is off on the host, so it does not route between interfaces.',
  'drop.macvlan-host': 'A macvlan parent and its sub-interfaces cannot reach each other.',
  'drop.no-listener': 'Nothing listens on that port.',
  'drop.unresolved': 'The name did not resolve.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved when the course was reorganised.',
  'notFound.home': 'Go to the home page',
  'notFound.map': 'Find a lesson on the course map',
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

/** translations added later (tr, zh, ...): partial dictionaries, English fills the gaps */
const DICTIONARIES: Record<string, Partial<Strings>> = { en };

export const LANGUAGES = Object.keys(DICTIONARIES);

export function strings(lang = 'en'): Strings {
  const base = lang.split('-')[0];
  return { ...en, ...(DICTIONARIES[lang] ?? DICTIONARIES[base] ?? {}) };
}

/** fill `{name}` placeholders */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
