window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "Border Force Officer | coffee | dogs",
        "website": "",
        "location": "Rockdale, Sydney"
      }
    }
  }
]