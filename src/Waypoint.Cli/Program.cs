using Waypoint.Cli;

return await WaypointCommands.Build(Console.Out, Console.Error).Parse(args).InvokeAsync();
