# Generates the per-editor demo pages (one realistic 信息发布 form each) from one template, so the
# pages stay identical apart from the editor. Run: python3 demo/gen-pages.py
import pathlib
HERE = pathlib.Path(__file__).parent
BODY = '<p>各区县人民政府，市政府各部门：</p><p>为进一步提升政府网站建设水平，现将有关事项通知如下。</p>'
NAV = ''.join(f'<a href="{f}">{n}</a>' for f, n in [('index.html', '富文本'), ('review.html', '三审'), ('textarea.html', '纯文本框'), ('tinymce.html', 'TinyMCE'), ('quill.html', 'Quill'), ('ckeditor5.html', 'CKEditor 5'), ('prosemirror.html', 'ProseMirror'), ('wangeditor.html', 'wangEditor'), ('kindeditor.html', 'KindEditor'), ('ueditor.html', 'UEditor（模拟）')])
PAGES = {
  'tinymce': ('TinyMCE 8', f'<textarea id="content" name="content">{BODY}</textarea>',
              '<script src="node_modules/tinymce/tinymce.min.js"></script>', ''),
  'quill': ('Quill 2', f'<div id="content" class="quill-host">{BODY}</div><input type="hidden" name="content" id="content-field">',
            '<link rel="stylesheet" href="node_modules/quill/dist/quill.snow.css"><script src="node_modules/quill/dist/quill.js"></script>', ''),
  'ckeditor5': ('CKEditor 5', f'<div id="content">{BODY}</div><input type="hidden" name="content" id="content-field">',
                '<link rel="stylesheet" href="node_modules/ckeditor5/dist/browser/ckeditor5.css"><script src="node_modules/ckeditor5/dist/browser/ckeditor5.umd.js"></script>', ''),
  'prosemirror': ('ProseMirror', f'<div id="content" class="pm-host"></div><template id="initial">{BODY}</template><input type="hidden" name="content" id="content-field">',
                  '<script type="importmap">{"imports": {"prosemirror-model": "./node_modules/prosemirror-model/dist/index.js", "prosemirror-state": "./node_modules/prosemirror-state/dist/index.js", "prosemirror-view": "./node_modules/prosemirror-view/dist/index.js", "prosemirror-transform": "./node_modules/prosemirror-transform/dist/index.js", "prosemirror-history": "./node_modules/prosemirror-history/dist/index.js", "prosemirror-keymap": "./node_modules/prosemirror-keymap/dist/index.js", "prosemirror-commands": "./node_modules/prosemirror-commands/dist/index.js", "prosemirror-schema-basic": "./node_modules/prosemirror-schema-basic/dist/index.js", "orderedmap": "./node_modules/orderedmap/dist/index.js", "rope-sequence": "./node_modules/rope-sequence/dist/index.js", "w3c-keyname": "./node_modules/w3c-keyname/index.js"}}</script><link rel="stylesheet" href="node_modules/prosemirror-view/style/prosemirror.css">', ''),
  'wangeditor': ('wangEditor 5', '<div id="toolbar-container" class="wang-toolbar"></div><div id="content" class="wang-host"></div><input type="hidden" name="content" id="content-field">',
                 '<link rel="stylesheet" href="node_modules/@wangeditor/editor/dist/css/style.css"><script src="node_modules/@wangeditor/editor/dist/index.js"></script>', ''),
  'kindeditor': ('KindEditor 4', f'<textarea id="content" name="content" class="ke-host">{BODY}</textarea>',
                 '<link rel="stylesheet" href="node_modules/kindeditor/themes/default/default.css"><script src="node_modules/kindeditor/kindeditor-all-min.js"></script><script src="node_modules/kindeditor/lang/zh-CN.js"></script>', ''),
  'ueditor': ('UEditor（模拟：iframe 正文 #ueditor_0）', f'<textarea id="content" name="content" class="ue-source">{BODY}</textarea>',
              '<script src="editors/ueditor-sim.js"></script>', ''),
}
for name, (label, editor, head, _) in PAGES.items():
    html = f'''<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>信息发布 - 内容管理系统（{label} · shenjiao 演示）</title>
<link rel="stylesheet" href="demo.css">
{head}
<script src="demo.js"></script>
</head>
<body>
<header>XX市人民政府门户网站 · 内容管理系统 <small>信息发布 → 新增文章（{label}）</small>
  <nav>{NAV}</nav></header>
<main>
  <form id="articleForm" action="#" method="post">
    <label><span>标题</span><input name="title" value="关于开展2024年政府网站自查工作的通知"></label>
    <label><span>栏目</span><select name="column"><option>通知公告</option><option>动态要闻</option><option>政策文件</option></select></label>
    <label><span>信息来源</span><input name="source" value="市政府办公室"></label>
    <label><span>作者</span><input name="author" value="王某"></label>
    <label><span>正文</span></label>
    <div class="editor-wrap">{editor}</div>
    <div class="actions"><button type="submit">提交</button> <span id="status"></span></div>
  </form>
  <aside id="shenjiao-panel"><div slot="review" class="review-note">三审：本页为演示，审核流程由 CMS 提供。</div></aside>
</main>
<script type="module" src="editors/{name}.js"></script>
</body>
</html>
'''
    (HERE / f'{name}.html').write_text(html, encoding='utf-8')
