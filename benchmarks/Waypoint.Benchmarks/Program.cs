using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "outbox")
{
    return await Waypoint.Benchmarks.OutboxThroughput.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
