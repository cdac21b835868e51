MockPlivoCommand.main()
