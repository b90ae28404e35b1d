/// The console's one stylesheet, served as /static/console.css: readable on a laptop and a phone, and printable.
enum Stylesheet {
    static let text = """
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --accent: #0b6e4f; --warn: #b44d12; --bad: #b42318; --bg: #f7f9fb; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif;
               color: var(--ink); background: var(--bg); line-height: 1.5; }
        a { color: var(--accent); }
        .top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .6rem 1rem;
               background: #fff; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; text-decoration: none; font-size: 1.1rem; }
        .nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; flex: 1; }
        .nav a { text-decoration: none; padding: .2rem 0; }
        .nav a[aria-current] { font-weight: 700; border-bottom: 2px solid var(--accent); }
        .day-tabs { display: flex; flex-wrap: wrap; gap: .25rem .5rem; margin: 1rem 0 .5rem; }
        .day-tabs a { text-decoration: none; padding: .2rem .6rem; border: 1px solid var(--line); border-radius: .3rem; }
        .day-tabs a[aria-current] { font-weight: 700; border-color: var(--accent); background: #e6f4ee; }
        .who { display: flex; align-items: center; gap: .5rem; color: var(--muted); font-size: .9rem; }
        .role { background: #e6f4ee; color: var(--accent); border-radius: 1rem; padding: 0 .6rem; }
        main { padding: 1rem; max-width: 80rem; margin: 0 auto; }
        h1 { font-size: 1.4rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
        .foot { color: var(--muted); font-size: .8rem; text-align: center; padding: 2rem 1rem; }
        form.inline { display: inline; margin: 0; }
        button, .button { font: inherit; padding: .35rem .9rem; border: 1px solid var(--accent); background: var(--accent);
                          color: #fff; border-radius: .3rem; cursor: pointer; text-decoration: none; display: inline-block; }
        button.link { background: none; border: none; color: var(--accent); padding: 0; text-decoration: underline; }
        button.secondary, .button.secondary { background: #fff; color: var(--accent); }
        label { display: block; margin: .5rem 0; }
        input, select, textarea { font: inherit; padding: .3rem .4rem; border: 1px solid var(--line); border-radius: .25rem; }
        form.login { max-width: 22rem; background: #fff; padding: 1rem 1.2rem; border: 1px solid var(--line); border-radius: .4rem; }
        form.login input { display: block; width: 100%; margin-top: .2rem; }
        .toolbar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0 1rem; }
        .table-wrap { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: .4rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef2f6; position: sticky; top: 0; white-space: nowrap; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .notice { padding: .6rem .9rem; border-radius: .3rem; background: #fff; border: 1px solid var(--line); }
        .notice.error { border-color: var(--bad); color: var(--bad); }
        .notice.warn { border-color: var(--warn); color: var(--warn); }
        .muted { color: var(--muted); }
        .reason { font-family: ui-monospace, monospace; font-size: .85rem; background: #fdf0e6; color: var(--warn);
                  padding: 0 .3rem; border-radius: .2rem; white-space: nowrap; }
        .figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: .5rem 0 1rem; }
        .figures div { background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .9rem; }
        .figures strong { display: block; font-size: 1.3rem; }
        @media (max-width: 40rem) {
          main { padding: .5rem; }
          th, td { padding: .3rem .4rem; font-size: .85rem; }
          .who { width: 100%; justify-content: space-between; }
        }
        @media print {
          .top, .foot, .toolbar, .day-tabs, form { display: none; }
          body { background: #fff; }
          .table-wrap { border: none; overflow: visible; }
        }
        """
}
