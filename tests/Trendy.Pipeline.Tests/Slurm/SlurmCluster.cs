using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;

namespace Trendy.Pipeline.Tests.Slurm;

/// <summary>
/// A throwaway one-node Slurm cluster on this machine, started from Debian's slurm-wlm and munge packages:
/// munged with a fresh key, slurmctld and slurmd in the foreground (-D), all pointed at a generated
/// slurm.conf in a temporary folder of its own (ports picked free on loopback, node address 127.0.0.1, no
/// accounting). Nothing is read from or written to /etc or /run. <see cref="Dispose"/> cancels the cluster's
/// jobs, stops every process it started (bounded waits) and deletes the folder. Needs root (slurmd runs jobs
/// as their user).
/// </summary>
internal sealed class SlurmCluster : IDisposable
{
    private static readonly string[] Daemons = ["munged", "slurmctld", "slurmd"];
    private static readonly string[] Clients = ["munge", "sbatch", "squeue", "sinfo", "scontrol", "scancel"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Longest a daemon may live, whatever happens to the test host (a test takes well under this).</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly List<Daemon> _daemons = [];
    private readonly string _logDir;
    private bool _disposed;

    private SlurmCluster(string folder)
    {
        Folder = folder;
        _logDir = Path.Combine(folder, "log");
        ConfPath = Path.Combine(folder, "slurm.conf");
        NodeName = Environment.MachineName.Split('.')[0];
    }

    /// <summary>The generated slurm.conf; clients find the cluster through SLURM_CONF set to this path.</summary>
    public string ConfPath { get; }

    /// <summary>The cluster's own folder: munge key and socket, slurm.conf, state, spool and daemon logs.</summary>
    public string Folder { get; }

    /// <summary>The node's name: this machine's short host name, as slurmd looks itself up.</summary>
    public string NodeName { get; }

    /// <summary>Null when this machine can run the cluster, else why not (for a test's Skip).</summary>
    public static string? WhyUnavailable()
    {
        if (!OperatingSystem.IsLinux()) return "needs Linux (Slurm daemons)";
        if (!Environment.IsPrivilegedProcess) return "needs root to run slurmd (make test runs as root and installs slurm-wlm and munge)";
        var missing = Daemons.Concat(Clients).Where(c => Find(c) is null).ToList();
        return missing.Count == 0
            ? null
            : $"needs Slurm and MUNGE ({string.Join(", ", missing)} not found); install with: apt-get install slurm-wlm munge, or run make test";
    }

    /// <summary>
    /// Starts munged, slurmctld and slurmd and waits until the node is idle. Throws with the daemons' log tails
    /// when they do not come up (after stopping whatever did start).
    /// </summary>
    [SupportedOSPlatform("linux")]
    public static SlurmCluster Start()
    {
        // Not under a test's own temporary folder: munged needs every folder above its socket searchable by all.
        var cluster = new SlurmCluster(Directory.CreateTempSubdirectory("trendy-slurm-").FullName);
        try
        {
            cluster.StartAll();
            return cluster;
        }
        catch (Exception e)
        {
            var logs = cluster.LogTails();
            cluster.Dispose();
            throw new InvalidOperationException($"the test Slurm cluster did not start: {e.Message}\n{logs}", e);
        }
    }

    /// <summary>Runs a Slurm client (or any command) against this cluster; throws when it outlives the timeout.</summary>
    public (int Exit, string Stdout, string Stderr) Run(string command, TimeSpan timeout, params string[] args)
    {
        using var p = Process.Start(StartInfo(Find(command) ?? command, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            throw new TimeoutException($"{command} {string.Join(' ', args)} did not finish in {timeout.TotalSeconds:0} s");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A start for a child process that talks to this cluster (SLURM_CONF set), output redirected.</summary>
    public ProcessStartInfo StartInfo(string fileName, params string[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["SLURM_CONF"] = ConfPath;
        return info;
    }

    /// <summary>The last lines of every daemon's output and log file, for failure messages.</summary>
    public string LogTails(int lines = 40)
    {
        var text = new StringBuilder();
        foreach (var d in _daemons)
        {
            text.Append(CultureInfo.InvariantCulture, $"--- {d.Name} (pid {d.Process.Id}, {(d.Process.HasExited ? $"exited {d.Process.ExitCode}" : "running")}) output:\n")
                .Append(Tail(d.Output(), lines));
        }

        if (Directory.Exists(_logDir))
        {
            foreach (var file in Directory.EnumerateFiles(_logDir).Order(StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"--- {file}:\n").Append(Tail(File.ReadAllText(file), lines));
            }
        }

        return text.ToString();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        CancelJobs();
        // Reverse start order: slurmd, then slurmctld, then munged.
        for (var i = _daemons.Count - 1; i >= 0; i--) _daemons[i].Stop(StopTimeout);
        KillStrays();
        foreach (var d in _daemons) d.Process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A daemon that would not die keeps its files; the folder is in the temporary folder either way.
        }
    }

    [SupportedOSPlatform("linux")]
    private void StartAll()
    {
        // munged wants every folder above its socket searchable by all, and the key readable by its owner only.
        var mungeDir = Directory.CreateDirectory(Path.Combine(Folder, "munge")).FullName;
        var keyDir = Directory.CreateDirectory(Path.Combine(Folder, "munge-key")).FullName;
        Directory.CreateDirectory(_logDir);
        Directory.CreateDirectory(Path.Combine(Folder, "state"));
        Directory.CreateDirectory(Path.Combine(Folder, "spool"));
        const UnixFileMode open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(Folder, open);
        File.SetUnixFileMode(mungeDir, open);
        File.SetUnixFileMode(_logDir, open);
        File.SetUnixFileMode(keyDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var key = Path.Combine(keyDir, "munge.key");
        using (var stream = new FileStream(key, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        {
            stream.Write(System.Security.Cryptography.RandomNumberGenerator.GetBytes(1024));
        }

        var socket = Path.Combine(mungeDir, "munge.socket");
        StartDaemon("munged", "-F", "--key-file=" + key, "--socket=" + socket, "--pid-file=" + Path.Combine(mungeDir, "munged.pid"),
            "--log-file=" + Path.Combine(_logDir, "munged.log"), "--seed-file=" + Path.Combine(mungeDir, "munged.seed"));
        WaitFor("munged to create its socket", () => File.Exists(socket) && Run("munge", TimeSpan.FromSeconds(10), "-n", "-S", socket).Exit == 0);

        File.WriteAllText(ConfPath, Conf(socket, FreePort(), FreePort()));
        StartDaemon("slurmctld", "-D", "-i", "-f", ConfPath);
        StartDaemon("slurmd", "-D", "-N", NodeName, "-f", ConfPath);
        WaitFor($"node {NodeName} to be idle", () =>
        {
            var (exit, stdout, _) = Run("sinfo", TimeSpan.FromSeconds(10), "-h", "-N", "-n", NodeName, "-o", "%T");
            return exit == 0 && stdout.Trim() == "idle";
        });
    }

    private string Conf(string mungeSocket, int ctldPort, int slurmdPort)
    {
        var cpus = Math.Clamp(Environment.ProcessorCount, 1, 2);
        var lines = new[]
        {
            "# Generated by SlurmCluster (Trendy.Pipeline.Tests): one node on loopback, no accounting.",
            "ClusterName=trendytest",
            "SlurmctldHost=localhost",
            $"SlurmctldPort={ctldPort}",
            $"SlurmdPort={slurmdPort}",
            "CommunicationParameters=NoCtldInAddrAny,NoInAddrAny",
            "SlurmUser=root",
            "SlurmdUser=root",
            "AuthType=auth/munge",
            "CredType=cred/munge",
            $"AuthInfo=socket={mungeSocket}",
            $"StateSaveLocation={Path.Combine(Folder, "state")}",
            $"SlurmdSpoolDir={Path.Combine(Folder, "spool")}",
            $"SlurmctldPidFile={Path.Combine(Folder, "slurmctld.pid")}",
            $"SlurmdPidFile={Path.Combine(Folder, "slurmd.pid")}",
            $"SlurmctldLogFile={Path.Combine(_logDir, "slurmctld.log")}",
            $"SlurmdLogFile={Path.Combine(_logDir, "slurmd.log")}",
            "SlurmctldDebug=info",
            "SlurmdDebug=info",
            "MailProg=/bin/true",
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_CPU",
            "SchedulerType=sched/backfill",
            "MpiDefault=none",
            "ReturnToService=2",
            "AccountingStorageType=accounting_storage/none",
            "JobAcctGatherType=jobacct_gather/none",
            "JobCompType=jobcomp/none",
            // Finished jobs stay visible to scontrol for the whole test.
            "MinJobAge=600",
            $"NodeName={NodeName} NodeAddr=127.0.0.1 NodeHostname={NodeName} CPUs={cpus} RealMemory=500 State=UNKNOWN",
            $"PartitionName=debug Nodes={NodeName} Default=YES MaxTime=INFINITE State=UP",
        };
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// Starts a daemon in the foreground under timeout(1): should the test host die before <see cref="Dispose"/>,
    /// the daemon still ends after <see cref="Lifetime"/> (SIGTERM, then SIGKILL 10 s later). timeout passes
    /// the SIGTERM of <see cref="Daemon.Stop"/> on to the daemon.
    /// </summary>
    private void StartDaemon(string name, params string[] args)
    {
        var executable = Find(name) ?? throw new FileNotFoundException($"{name} is not installed");
        var info = StartInfo(Find("timeout") ?? "timeout",
            ["--kill-after=10", ((int)Lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture), executable, .. args]);
        var daemon = new Daemon(name, Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start"));
        _daemons.Add(daemon);
    }

    private void WaitFor(string what, Func<bool> ready)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_daemons.Find(d => d.Process.HasExited) is { } dead) throw new InvalidOperationException($"{dead.Name} exited ({dead.Process.ExitCode}) while waiting for {what}");
            if (ready()) return;
            Thread.Sleep(250);
        }

        throw new TimeoutException($"gave up after {StartTimeout.TotalSeconds:0} s waiting for {what}");
    }

    /// <summary>Cancels whatever is still queued or running, and waits (bounded) until the queue is empty.</summary>
    private void CancelJobs()
    {
        if (!_daemons.Exists(d => d.Name == "slurmctld" && !d.Process.HasExited)) return;
        try
        {
            Run("scancel", TimeSpan.FromSeconds(10), "--user", Environment.UserName);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < StopTimeout)
            {
                var (exit, stdout, _) = Run("squeue", TimeSpan.FromSeconds(10), "-h", "-o", "%i");
                if (exit != 0 || stdout.Trim().Length == 0) return;
                Thread.Sleep(250);
            }
        }
        catch (TimeoutException)
        {
            // The daemons are stopped next either way.
        }
    }

    /// <summary>
    /// Job steps (slurmstepd, the job's own processes) are not the daemons' children once slurmd is gone; any that
    /// survived carry this cluster's SLURM_CONF in their environment (slurmd's or the submitter's), which no
    /// other process on the machine has, so they are found by it and killed.
    /// </summary>
    private void KillStrays()
    {
        var marker = "SLURM_CONF=" + ConfPath;
        var self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self) continue;
            string[] environ;
            try
            {
                environ = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (!environ.Contains(marker, StringComparer.Ordinal)) continue;
            try
            {
                using var p = Process.GetProcessById(pid);
                p.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A command on PATH or in the sbin folders (not on PATH for every user), else null.</summary>
    private static string? Find(string command)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
    }

    private static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines))).TrimEnd() + "\n";
    }

    /// <summary>One daemon started in the foreground, its stdout and stderr collected as they come.</summary>
    private sealed class Daemon
    {
        private readonly StringBuilder _output = new();
        private readonly Lock _gate = new();

        public Daemon(string name, Process process)
        {
            Name = name;
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Name { get; }

        public Process Process { get; }

        public string Output()
        {
            lock (_gate) return _output.ToString();
        }

        /// <summary>SIGTERM, then SIGKILL when it has not exited within the timeout.</summary>
        public void Stop(TimeSpan timeout)
        {
            if (Process.HasExited) return;
            using (var term = Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                term.WaitForExit();
            }

            if (Process.WaitForExit(timeout)) return;
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit(timeout);
        }

        private void Append(string? line)
        {
            if (line is null) return;
            lock (_gate) _output.Append(line).Append('\n');
        }
    }
}
