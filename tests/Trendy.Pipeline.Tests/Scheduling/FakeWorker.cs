using System.Diagnostics;
using Trendy.Core.Batch;

namespace Trendy.Pipeline.Tests.Scheduling;

/// <summary>
/// A stand-in worker written in Python, speaking the JSON-lines protocol. The folder of each item's input path
/// (<c>/in/BEHAVIOUR/ID.nc</c>) picks a behaviour, so one script covers success, crashes, hangs and junk. Every process it starts (itself and any
/// grandchild) appends its pid to a file, so tests can check that none outlives the run.
/// </summary>
internal sealed class FakeWorker : IDisposable
{
    private const string Script = """
        import json, os, signal, subprocess, sys, time
        d = sys.argv[1]
        def log(name, text):
            with open(os.path.join(d, name), "a") as f: f.write(text + "\n")
        def send(obj, prefix=""):
            sys.stdout.write(prefix + json.dumps(obj) + "\n"); sys.stdout.flush()
        def done(item, status="Converted", reason="OK", **extra):
            o = {"itemId": item["id"], "status": status, "reasonCode": reason, "message": "fake " + status}
            o.update(extra); send({"type": "done", "outcome": o})
        log("pids", str(os.getpid()))
        send({"type": "ready"})
        for line in sys.stdin:
            msg = json.loads(line); item = msg["request"]["item"]; what = item["inputPath"].split("/")[2]
            log("order", item["id"])
            send({"fraction": 0.5, "id": item["id"], "type": "progress"})  # "type" last on purpose
            if what == "crash-once" and not os.path.exists(os.path.join(d, item["id"] + ".crashed")):
                open(os.path.join(d, item["id"] + ".crashed"), "w").close(); what = "crash139"
            if what == "crash139":
                sys.stderr.write("boom: segfault in nc_get_vara\n"); sys.stderr.flush(); os._exit(139)
            elif what == "sigkill": os.kill(os.getpid(), signal.SIGKILL)
            elif what == "exit0": sys.exit(0)
            elif what == "hang":
                child = subprocess.Popen(["sleep", "3600"]); log("pids", str(child.pid))
                time.sleep(3600)
            elif what == "junk":
                print("NetCDF: HDF error"); print('{"foo": 1}'); print("[1, 2]"); print('{"type": "nonsense"}')
                sys.stdout.write("HDF5-DIAG: no newline "); sys.stdout.flush()
                done(item, outputPath="/out/" + item["id"] + ".nc")
            elif what == "fail": done(item, status="Failed", reason="TIME003", diagnostics=["error TIME003 bad units"])
            elif what == "wrong-id": send({"type": "done", "outcome": {"itemId": "someone-else", "status": "Converted", "reasonCode": "OK", "message": ""}})
            else: done(item, outputPath="/out/" + item["id"] + ".nc", bytesOut=7, rules=["r1"])
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("fake-worker-").FullName;

    internal FakeWorker() => File.WriteAllText(ScriptPath, Script.ReplaceLineEndings("\n") + "\n");

    private string ScriptPath => Path.Combine(_dir, "worker.py");

    internal ProcessStartInfo StartInfo() => new("python3") { ArgumentList = { "-u", ScriptPath, _dir } };

    /// <summary>Ids in the order workers received them.</summary>
    internal IReadOnlyList<string> Order => Read("order");

    /// <summary>Every worker and grandchild pid ever started.</summary>
    internal IReadOnlyList<int> Pids => [.. Read("pids").Select(int.Parse)];

    internal IReadOnlyList<int> LivingPids => [.. Pids.Where(IsAlive)];

    internal static WorkItem Item(string id, long size, string behaviour = "ok") =>
        new(id, $"/in/{behaviour}/{id}.nc", "MODEL", "S3", "gpp", size);

    public void Dispose()
    {
        foreach (var pid in LivingPids) TryKill(pid);
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Alive means present and not a zombie (a reaped-later zombie holds no resources and runs no code).</summary>
    internal static bool IsAlive(int pid)
    {
        try
        {
            var state = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
            return state is not null && !state.Contains('Z', StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private IReadOnlyList<string> Read(string name)
    {
        var path = Path.Combine(_dir, name);
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }

    private static void TryKill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }
}
