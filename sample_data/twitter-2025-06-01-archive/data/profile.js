window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "Border Force Officer | BNE | coffee and long runs",
        "website": "",
        "location": "Brisbane"
      }
    }
  }
]