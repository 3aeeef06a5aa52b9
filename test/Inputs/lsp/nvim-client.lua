-- nvim-client.lua - drives Neovim's built-in LSP client (0.7 and later) against
-- dpccheck --lsp for the end-to-end test: opens $LSP_FILE, waits for the diagnostics and
-- prints them (line and byte column as Neovim computes them from the UTF-16 positions),
-- lists the quick fixes at the first one, applies the fix-it, waits for the diagnostics to
-- clear, stops the server and prints its exit status. Exits Neovim with 1 on any failure.
local out = function(s) io.stdout:write(s .. '\n') end

local function run()
  local file = assert(os.getenv('LSP_FILE'), 'LSP_FILE is not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local exit_code
  local client = vim.lsp.start_client({
    name = 'dpccheck',
    cmd = { assert(os.getenv('DPCCHECK'), 'DPCCHECK is not set'), '--lsp' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    on_exit = function(code) exit_code = code end,
  })
  assert(client, 'the client did not start')
  vim.lsp.buf_attach_client(buf, client)
  assert(vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 20), 'no diagnostics')
  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(diags) do
    local lsp = d.user_data and d.user_data.lsp or {}
    out(string.format('diagnostic %d:%d-%d severity=%d source=%s code=%s: %s', d.lnum + 1, d.col + 1,
      d.end_col + 1, d.severity, d.source, d.code or lsp.code,  d.message))
    out('  href ' .. ((lsp.codeDescription or {}).href or 'none'))
    for _, r in ipairs(lsp.relatedInformation or {}) do
      out(string.format('  related %s:%d: %s', vim.fn.fnamemodify(vim.uri_to_fname(r.location.uri), ':t'),
        r.location.range.start.line + 1, r.message))
    end
  end
  local first = diags[1]
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = first.lnum, character = 0 }, ['end'] = { line = first.lnum, character = 0 } },
    context = { diagnostics = {} },
  }
  local responses = assert(vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 60000), 'no code actions')
  local fix
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      out('action ' .. action.title)
      fix = fix or (action.isPreferred and action)
    end
  end
  assert(fix, 'no preferred fix')
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  out('line ' .. (first.lnum + 1) .. ' after the fix: ' .. vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, true)[1])
  assert(vim.wait(60000, function() return #vim.diagnostic.get(buf) == 0 end, 20), 'the fix left diagnostics')
  out('diagnostics after the fix: 0')
  vim.lsp.stop_client(client)
  assert(vim.wait(60000, function() return exit_code ~= nil end, 20), 'the server did not exit')
  out('server exit status ' .. exit_code)
end

local ok, err = pcall(run)
if not ok then
  out('ERROR: ' .. tostring(err))
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
