// Placeholder until the subcommands land.
