-- wrk script: POST the file named by the BODY environment variable as JSON.
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("non-2xx answers: %d\n", non2xx))
end
