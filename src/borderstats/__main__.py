from borderstats.cli import main

main()
